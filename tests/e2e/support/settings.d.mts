export declare const E2E_PORT: number;
export declare const E2E_MAILBOX_PORT: number;
export declare const E2E_DATABASE: string;
export declare function adminDatabaseUrl(): string;
export declare function e2eDatabaseUrl(): string;
