export * from "./schemas";
export * from "./access";
export * from "./agenda";
export * from "./restatements";
export * from "./explanation";
export * from "./adjustment";
