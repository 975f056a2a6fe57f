import type { GraphQLScalarType } from "graphql";
import { GraphQLLocalDate as checkedLocalDate } from "graphql-scalars";

const dayShape = /^\d{4}-\d{2}-\d{2}$/;

// The scalar class of the graphql copy graphql-scalars was built with (the
// schema's; see plain-fields.ts), not whichever copy this module would import.
const Scalar = checkedLocalDate.constructor as typeof GraphQLScalarType;

/**
 * graphql-scalars' LocalDate, except that a day already in its shape is
 * answered as it is: the library proves every answer through a Date and
 * back (4 % of the nested read's CPU, a date per entry), and the days cunwu
 * answers come from PostgreSQL's date columns or from days it read there.
 * A day given as input is checked as before.
 */
export const GraphQLLocalDate = new Scalar({
  ...checkedLocalDate.toConfig(),
  serialize: (value: unknown) => (typeof value === "string" && dayShape.test(value) ? value : checkedLocalDate.serialize(value)),
});
