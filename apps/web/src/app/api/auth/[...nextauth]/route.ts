import { handlers } from "@tally/api/auth";

export const { GET, POST } = handlers;
