// The wording of identifier failures as a module of its own, for widgets that load it on demand.
export { identifierMessage } from '@credit-kit/contract/plain';
