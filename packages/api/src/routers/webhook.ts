import { listWebhookDeliveriesSchema, updateWebhookEndpointSchema, webhookEndpointRefSchema, webhookEndpointSchema } from "@tally/domain";
import { listWebhookDeliveries } from "../services/webhooks/deliveries";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  listWebhookEndpoints,
  rotateWebhookSecret,
  sendTestWebhook,
  updateWebhookEndpoint,
} from "../services/webhooks/endpoints";
import { orgInput, permissionProcedure, router } from "../trpc/procedures";

// The input takes http:// too; whether this server allows it is the service's call (WEBHOOK_ALLOW_PRIVATE_NETWORKS).
const endpointShape = webhookEndpointSchema({ allowHttp: true }).shape;
const updateShape = updateWebhookEndpointSchema({ allowHttp: true }).shape;
const manage = () => permissionProcedure("webhook.manage");

export const webhookRouter = router({
  list: manage()
    .input(orgInput({}))
    .query(({ ctx }) => listWebhookEndpoints(ctx.db, ctx.actor)),

  /** Answers with the endpoint's signing secret: the only time it is shown. */
  create: manage()
    .input(orgInput(endpointShape))
    .mutation(({ ctx, input }) => createWebhookEndpoint(ctx.db, ctx.actor, input)),

  update: manage()
    .input(orgInput(updateShape))
    .mutation(({ ctx, input }) => updateWebhookEndpoint(ctx.db, ctx.actor, input)),

  delete: manage()
    .input(orgInput(webhookEndpointRefSchema.shape))
    .mutation(({ ctx, input }) => deleteWebhookEndpoint(ctx.db, ctx.actor, input.endpointId)),

  /** A new signing secret, shown this once; the old one stops working at once. */
  rotateSecret: manage()
    .input(orgInput(webhookEndpointRefSchema.shape))
    .mutation(({ ctx, input }) => rotateWebhookSecret(ctx.db, ctx.actor, input.endpointId)),

  deliveries: manage()
    .input(orgInput(listWebhookDeliveriesSchema.shape))
    .query(({ ctx, input }) => listWebhookDeliveries(ctx.db, ctx.actor, input)),

  sendTest: manage()
    .input(orgInput(webhookEndpointRefSchema.shape))
    .mutation(({ ctx, input }) => sendTestWebhook(ctx.db, ctx.actor, input.endpointId)),
});
