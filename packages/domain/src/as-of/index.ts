export { asOfCutoff, asOfProblem, asOfSchema, asOfShape } from "./as-of-date";
export { definitionAsOf, historyCovers } from "./definition-as-of";
export type { DefinitionAsOf, DefinitionRevision } from "./definition-as-of";
export { checkInVersions, deletedCheckInVersions, valueInForce } from "./value-in-force";
export type { CheckInHistory, DeletedCheckInHistory, ValueVersion } from "./value-in-force";
