import type { Endpoint } from "../endpoint";
import { importEndpoint } from "./imports";
import { getKpiEndpoint } from "./kpi-get";
import { listStatusChangesEndpoint } from "./kpi-status-changes";
import { deleteValueEndpoint } from "./kpi-value-delete";
import { putValueEndpoint } from "./kpi-value-put";
import { listValuesEndpoint } from "./kpi-values-list";
import { listKpisEndpoint } from "./kpis-list";
import { batchValuesEndpoint } from "./values-batch";

/** Every operation of /api/v1, in the order the reference lists them. */
export const ENDPOINTS: readonly Endpoint[] = [listKpisEndpoint, getKpiEndpoint, listStatusChangesEndpoint, listValuesEndpoint, putValueEndpoint, deleteValueEndpoint, batchValuesEndpoint, importEndpoint];
