import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNonNullType, isObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { buildAppSchema } from '../../server/schema';
import { classifySchema } from '../permissions/field-guard';
import { UNIVERSAL_CLASSES } from '../permissions/policy';
import { DataClass, DataClassOf } from './data-class';
import { printClassificationTable, printClassifiedSchema } from './print-classified-schema';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

describe('the data classification of the schema', () => {
  it('gives every object field exactly one data class', () => {
    const classified = classifySchema(schema);
    expect(classified.length).toBeGreaterThan(100);
    for (const field of classified) expect(Object.values(DataClass)).toContain(field.dataClass);
  });

  it('shows the class in every field description, so introspection tells it too', () => {
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) expect(field.description).toMatch(/^\[[a-z ]+\]/);
    }
  });

  it('makes every field a reader may be refused nullable, so a refusal cannot null its parent', () => {
    const patient = schema.getType('Patient');
    if (!isObjectType(patient)) throw new Error('Patient type missing');
    for (const field of Object.values(patient.getFields())) {
      const dataClass = field.extensions.handoff as { dataClass: DataClass } | undefined;
      const cls = dataClass?.dataClass ?? DataClass.DEMOGRAPHIC;
      if (!UNIVERSAL_CLASSES.has(cls)) expect(isNonNullType(field.type)).toBe(false);
    }
  });

  it('the committed schema.graphql and data-classification.md are what the code emits (run `pnpm schema:emit`)', () => {
    const dir = join(__dirname, '..', '..', '..', '..', 'schema');
    expect(readFileSync(join(dir, 'schema.graphql'), 'utf8')).toBe(printClassifiedSchema(schema));
    expect(readFileSync(join(dir, 'data-classification.md'), 'utf8')).toBe(printClassificationTable(schema));
  });

  it('prints @dataClass on fields of the emitted SDL', () => {
    expect(printClassifiedSchema(schema)).toMatch(/clinicalNote: String @dataClass\(class: CLINICAL\)/);
  });
});

describe('an unclassified field', () => {
  @ObjectType()
  class Leaky {
    @Field()
    secret!: string;
  }

  @DataClassOf(DataClass.DIRECTORY)
  @ObjectType()
  class Tidy {
    @Field()
    name!: string;
  }

  @Resolver()
  class LeakyResolver {
    @DataClassOf(DataClass.OPERATIONAL)
    @Query(() => Leaky)
    leaky(): Leaky {
      return { secret: 'x' };
    }

    @DataClassOf(DataClass.OPERATIONAL)
    @Query(() => Tidy)
    tidy(): Tidy {
      return { name: 'x' };
    }
  }

  it('stops the build, naming the field', async () => {
    const leaky = await buildSchema({ resolvers: [LeakyResolver] });
    expect(() => classifySchema(leaky)).toThrow('Leaky.secret');
  });
});
