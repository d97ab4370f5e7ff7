export { Payer, PayerKind } from './payer.entity';
export { PayerResolver } from './payer.resolver';
export { LedgerEntry, LedgerEntryKind } from './ledger-entry.entity';
export { Payment, PaymentMethod, PaymentStatus } from './payment.entity';
export { addFee, balancesOf } from './ledger.service';
export { CardToken, PatientBalanceResolver, PaymentResolver } from './payment.resolver';
export { billingPermissions } from './billing.permissions';
export { receiptPdf, statementPdf } from './documents';
