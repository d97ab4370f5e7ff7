import { Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType()
export class FacilityInput {
  @Field() @Length(1, 100) name!: string;
  @Field() @Length(1, 200) addressLine1!: string;
  @Field() @Length(1, 100) city!: string;
  @Field({ description: 'Two-letter state code.' }) @Matches(/^[A-Z]{2}$/) state!: string;
  @Field() @Matches(/^\d{5}(-\d{4})?$/) postalCode!: string;
  @Field() @Matches(/^\+?[0-9 ().-]{7,20}$/) phone!: string;
  @Field({ description: 'IANA time zone, e.g. America/Chicago.' }) @Length(1, 64) timeZone!: string;
  @Field({ description: 'CMS place-of-service code, two digits (11 office).' })
  @Matches(/^\d{2}$/)
  placeOfServiceCode!: string;
}
