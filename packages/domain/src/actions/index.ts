export * from "./schemas";
export * from "./status";
export * from "./access";
