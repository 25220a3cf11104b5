export { appRouter, createCaller, type AppRouter } from "./root";
export type { TrpcContext } from "./trpc/context";
export { clientIpFrom } from "./trpc/context";
export type { ProcedureMeta, ProcedurePermission } from "./trpc/init";
export { describeError, type DescribedError, type FieldErrors } from "./trpc/error-shape";
