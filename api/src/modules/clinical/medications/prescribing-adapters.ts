import { type EPrescribingAdapter, LocalOutboxEPrescribingAdapter } from './e-prescribing.adapter';
import { LocalPdmpAdapter, type PdmpAdapter } from './pdmp.adapter';

/** The adapters in use. A deployment with a vendor contract replaces these at start-up. */
export const prescribingAdapters: { pdmp: PdmpAdapter; eRx: EPrescribingAdapter } = {
  pdmp: new LocalPdmpAdapter(),
  eRx: new LocalOutboxEPrescribingAdapter(),
};
