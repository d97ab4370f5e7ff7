import { Extensions, registerEnumType } from 'type-graphql';

/**
 * Every field of the schema belongs to exactly one data class; the class decides who may
 * read it (DESIGN.md, "One declaration drives permission, documentation and audit").
 */
export enum DataClass {
  OPERATIONAL = 'OPERATIONAL',
  DIRECTORY = 'DIRECTORY',
  DEMOGRAPHIC = 'DEMOGRAPHIC',
  SCHEDULING = 'SCHEDULING',
  FINANCIAL = 'FINANCIAL',
  CODING = 'CODING',
  CLINICAL = 'CLINICAL',
  PSYCHOTHERAPY_NOTE = 'PSYCHOTHERAPY_NOTE',
  SUBSTANCE_USE = 'SUBSTANCE_USE',
  AUDIT = 'AUDIT',
}

registerEnumType(DataClass, { name: 'DataClass', description: 'Who may read a field is decided by its data class.' });

/** Reads of these classes are written to the audit log (45 CFR 164.312(b); 42 CFR Part 2). */
export const AUDITED_READ_CLASSES: ReadonlySet<DataClass> = new Set([
  DataClass.CLINICAL,
  DataClass.PSYCHOTHERAPY_NOTE,
  DataClass.SUBSTANCE_USE,
]);

/**
 * Who a row belongs to, so that row-scoped classes (care team, self, author) can be decided
 * for one object without a query. Declared once per GraphQL type.
 */
export interface RowOwner<T = never> {
  /** The patient this row is about; absent when the type is not about one patient. */
  patientId?: (row: T) => string | null | undefined;
  /** The staff member who wrote the row (psychotherapy notes: author only). */
  authorStaffId?: (row: T) => string | null | undefined;
  /**
   * The author's current supervisor, who reads what the author reads under AUTHOR scope (the
   * supervised-training use of psychotherapy notes, 45 CFR 164.508(a)(2)(i)(B)). Fails closed when absent.
   */
  authorSupervisorStaffId?: (row: T) => string | null | undefined;
  /** True when the row has been released to the patient (portal sees released clinical items only). */
  releasedToPatient?: (row: T) => boolean;
}

export interface DataClassOptions<T> {
  /** Row ownership, declared on a type. */
  owner?: RowOwner<T>;
  /**
   * A type that only ever hangs under one field of the same class (an embedded address, say):
   * its own fields are not re-checked, because the only path to them is through that field.
   * The schema builder refuses to boot if a field of another class leads to it.
   */
  embedded?: boolean;
}

export interface DataClassExtension {
  dataClass: DataClass;
  owner?: RowOwner<unknown>;
  embedded?: boolean;
}

export const DATA_CLASS_EXTENSION = 'handoff';

/**
 * Declares the data class of a GraphQL object type (the default for its fields) or of one field.
 *
 * @example
 *   @DataClass(DataClass.DEMOGRAPHIC, { owner: { patientId: (p: Patient) => p.id } })
 *   @ObjectType() class Patient { @DataClass(DataClass.OPERATIONAL) @Field() status!: PatientStatus }
 */
export function DataClassOf<T = never>(dataClass: DataClass, options: DataClassOptions<T> = {}) {
  const extension: DataClassExtension = { dataClass, ...(options as DataClassOptions<unknown>) };
  return Extensions({ [DATA_CLASS_EXTENSION]: extension });
}

/** The description prefix shown in the SDL and introspection, e.g. `[clinical]`. */
export function dataClassTag(dataClass: DataClass): string {
  return `[${dataClass.toLowerCase().replace(/_/g, ' ')}]`;
}
