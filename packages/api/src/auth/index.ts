export { auth, currentSessionId, handlers, SIGN_IN_ERROR_MESSAGES, signIn, signOut } from "./next-auth";
