export { handleRestRequest, type RestOptions } from "./handler";
export { openApiDocument } from "./openapi";
export { PROBLEM_KINDS, problemTypeUri, type ProblemKind } from "./problem";
