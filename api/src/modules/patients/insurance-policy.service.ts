import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import type { RequestContext } from '../../platform/context/request-context';
import { Payer } from '../billing';
import { InsurancePolicy } from './insurance-policy.entity';
import type { AddInsurancePolicyInput, UpdateInsurancePolicyInput } from './insurance-policy.inputs';
import { patientService, staleVersion } from './patient.service';
import { PatientsErrorCode, patientsError } from './patients.errors';

function assertCoverageDates(from: string, to: string | null | undefined): void {
  if (to && to < from) {
    throw patientsError(
      PatientsErrorCode.COVERAGE_ENDS_BEFORE_START,
      'Coverage cannot end before it starts.',
      'effectiveTo',
    );
  }
}

export class InsurancePolicyService {
  async add(ctx: RequestContext, input: AddInsurancePolicyInput): Promise<InsurancePolicy> {
    assertCoverageDates(input.effectiveFrom, input.effectiveTo);
    const patient = await patientService.get(ctx, input.patientId);
    const payer = await this.payer(ctx, input.payerId);
    const { patientId: _patientId, payerId: _payerId, ...fields } = input;
    const policy = ctx.em.create(InsurancePolicy, {
      ...fields,
      practice: patient.practice,
      patient,
      payer,
    });
    await ctx.em.flush();
    return policy;
  }

  async update(ctx: RequestContext, id: string, input: UpdateInsurancePolicyInput): Promise<InsurancePolicy> {
    const policy = await ctx.em.findOne(InsurancePolicy, { id });
    if (!policy) throw patientsError(PatientsErrorCode.INSURANCE_POLICY_NOT_FOUND, 'No insurance policy with this id.');
    await patientService.get(ctx, policy.patient.id);
    const { version, payerId, ...fields } = input;
    try {
      await ctx.em.lock(policy, LockMode.OPTIMISTIC, version);
      if (payerId) policy.payer = ctx.em.getReference(Payer, (await this.payer(ctx, payerId)).id, { wrapped: true });
      for (const [key, value] of Object.entries(fields)) {
        if (value !== undefined) (policy as unknown as Record<string, unknown>)[key] = value;
      }
      assertCoverageDates(policy.effectiveFrom, policy.effectiveTo);
      await ctx.em.flush();
    } catch (error) {
      if (error instanceof OptimisticLockError) throw staleVersion();
      throw error;
    }
    return policy;
  }

  private async payer(ctx: RequestContext, id: string): Promise<Payer> {
    const payer = await ctx.em.findOne(Payer, { id });
    if (!payer) throw patientsError(PatientsErrorCode.PAYER_NOT_FOUND, 'No payer with this id.', 'payerId');
    return payer;
  }
}

export const insurancePolicyService = new InsurancePolicyService();
