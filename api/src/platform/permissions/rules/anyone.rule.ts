import { allow } from 'graphql-shield';

/** Open to anyone, signed in or not: only `viewer`, `login` and `logout`. */
export const anyone = allow;
