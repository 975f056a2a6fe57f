// The civic module's GraphQL types, by topic; this index keeps one import path for them.
export * from "./civic-enums";
export * from "./category-types";
export * from "./matter-types";
export * from "./workflow-inputs";
