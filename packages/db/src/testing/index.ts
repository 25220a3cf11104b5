export { createTestDatabase, type CreateTestDatabaseOptions, type TestDatabase } from "./create-test-database";
export { isServerReachable, testServerUrl } from "./server";
