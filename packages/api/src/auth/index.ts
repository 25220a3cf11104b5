export { signInWithPassword, SIGN_IN_ERROR_MESSAGES } from "./credentials-sign-in";
export { handlers, sessionIdOf, signIn, signOut } from "./next-auth";
