export { AuthProvider, SignOutButton } from './auth-provider';
