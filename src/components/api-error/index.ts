export { ErrorView, isNotFound, TokenRequestContext } from './error-view';
