export { AuthProvider } from './auth-provider';
export { SignOutButton } from './sign-out-button';
