export { describeError, isNotFound, type ErrorPresentation } from './describe-error';
export { ErrorView, type ErrorViewProps } from './error-view';
export { TokenRequestContext, useTokenRequest } from './token-request';
