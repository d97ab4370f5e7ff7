import {
  defaultFieldResolver,
  getNullableType,
  getNamedType,
  isIntrospectionType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import {
  AUDITED_READ_CLASSES,
  DATA_CLASS_EXTENSION,
  type DataClass,
  type DataClassExtension,
  dataClassTag,
} from '../data-class/data-class';
import { forbiddenFieldError } from '../errors/domain-error';
import type { RequestContext } from '../context/request-context';
import { UNIVERSAL_CLASSES } from './policy';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export interface ClassifiedField {
  typeName: string;
  fieldName: string;
  dataClass: DataClass;
}

function extensionOf(holder: { extensions?: Record<string, unknown> | null }): DataClassExtension | undefined {
  return holder.extensions?.[DATA_CLASS_EXTENSION] as DataClassExtension | undefined;
}

/** The class a field has: its own declaration, else its type's default. */
export function dataClassOfField(
  type: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
): DataClass | undefined {
  return extensionOf(field)?.dataClass ?? extensionOf(type)?.dataClass;
}

/** Every object field with its class; throws naming every unclassified field (the server must not boot). */
export function classifySchema(schema: GraphQLSchema): ClassifiedField[] {
  const classified: ClassifiedField[] = [];
  const unclassified: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const dataClass = dataClassOfField(type, field);
      if (dataClass) classified.push({ typeName: type.name, fieldName: field.name, dataClass });
      else unclassified.push(`${type.name}.${field.name}`);
    }
  }
  if (unclassified.length > 0) {
    throw new Error(`Fields without a data class (declare one with @DataClassOf): ${unclassified.join(', ')}`);
  }
  return classified;
}

/**
 * Makes each field's data class visible (description prefix `[clinical]`), makes every field a
 * reader may be refused nullable (and every Query field, so one refusal does not null the whole
 * response), and wraps every field of a class that not every role may read with a synchronous
 * check against the request's precomputed `Access`: a refused field resolves to null with a
 * FORBIDDEN error at its path; an allowed read of an audited class is recorded for the
 * end-of-request audit row. `enforce: false` (benchmarks only) drops the check but keeps the
 * read audit, so the measured permission tax is the checks alone, not the audit HIPAA requires.
 */
export function applyFieldGuards(schema: GraphQLSchema, { enforce }: { enforce: boolean }): void {
  classifySchema(schema);
  assertEmbeddedTypesAreContained(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    const typeExtension = extensionOf(type);
    for (const field of Object.values(type.getFields())) {
      const dataClass = dataClassOfField(type, field)!;
      const tag = dataClassTag(dataClass);
      field.description = field.description ? `${tag} ${field.description}` : tag;
      if (type.name === 'Query') field.type = getNullableType(field.type);
      if (ROOT_TYPES.has(type.name) || typeExtension?.embedded || UNIVERSAL_CLASSES.has(dataClass)) continue;
      // A field some reader may be refused resolves to null for them, so the schema says it can be null.
      field.type = getNullableType(field.type);
      guardField(type.name, field, dataClass, typeExtension, enforce);
    }
  }
}

function guardField(
  typeName: string,
  field: GraphQLField<unknown, RequestContext>,
  dataClass: DataClass,
  typeExtension: DataClassExtension | undefined,
  enforce: boolean,
): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  const owner = typeExtension?.owner;
  const audited = AUDITED_READ_CLASSES.has(dataClass);
  if (!enforce && !audited) return;
  field.resolve = (parent, args, ctx, info) => {
    if (enforce && !ctx.access.canRead(dataClass, owner, parent as never)) throw forbiddenFieldError();
    if (audited) {
      const patientId = owner?.patientId?.(parent as never);
      if (patientId) {
        const entityId = (parent as { id?: string }).id ?? null;
        ctx.auditReads.record(typeName, entityId, patientId, field.name, ctx.access.isEmergencyAccess(patientId));
      }
    }
    return resolve(parent, args, ctx, info);
  };
}

/** An `embedded` type skips its own checks, so every field leading to it must have its class. */
function assertEmbeddedTypesAreContained(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      if (!isObjectType(target)) continue;
      const targetExtension = extensionOf(target);
      if (!targetExtension?.embedded) continue;
      if (ROOT_TYPES.has(type.name) || dataClassOfField(type, field) !== targetExtension.dataClass) {
        throw new Error(`${type.name}.${field.name} leads to embedded ${target.name} without its data class`);
      }
    }
  }
}
