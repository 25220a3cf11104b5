export { signInWithPassword, SIGN_IN_ERROR_MESSAGES } from "./credentials-sign-in";
export { auth, currentSessionId, handlers, signIn, signOut } from "./next-auth";
