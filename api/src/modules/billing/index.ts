export { Payer, PayerKind } from './payer.entity';
export { PayerResolver } from './payer.resolver';
export { billingPermissions } from './billing.permissions';
