import { BREAK, Kind, visit, type ArgumentNode, type DocumentNode, type ValueNode } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../request/context";
import { refused } from "./limits";

// Every text a client sends is checked once, here, before any resolver runs:
// a NUL character (PostgreSQL cannot store it) or half of a surrogate pair
// (not text in any encoding) is the client's mistake, BAD_USER_INPUT naming
// the argument or variable field, HTTP 400.

/** A NUL, a high surrogate not followed by a low one, or a low one not after a high one. */
const malformed = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first malformed text inside a variable's value, as "input.headName", "rows.3.address". */
function inValue(value: unknown, path: string): string | undefined {
  if (typeof value === "string") return malformed.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = inValue(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (malformed.test(key)) return `${path}.${key}`;
      const found = inValue(inner, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** The first malformed string literal among the document's arguments, as "input.headName". */
function inDocument(document: DocumentNode): string | undefined {
  let found: string | undefined;
  const inLiteral = (node: ValueNode, path: string): void => {
    if (found) return;
    if (node.kind === Kind.STRING && malformed.test(node.value)) found = path;
    else if (node.kind === Kind.LIST) node.values.forEach((v, i) => inLiteral(v, `${path}.${i}`));
    else if (node.kind === Kind.OBJECT) node.fields.forEach((f) => inLiteral(f.value, `${path}.${f.name.value}`));
  };
  visit(document, {
    Argument(argument: ArgumentNode) {
      inLiteral(argument.value, argument.name.value);
      return found ? BREAK : false; // an argument's value holds no further arguments
    },
  });
  return found;
}

/** "input.headName" → "headName" (as the services name fields), "q" → "q". */
const fieldName = (path: string) => (path.includes(".") ? path.slice(path.indexOf(".") + 1) : path);

export function wellFormedText(): ApolloServerPlugin<Context> {
  // A document's literals never change, and Apollo keeps one parsed document
  // per query text: each is walked once (the walk was 2 % of a by-id read).
  const verdicts = new WeakMap<DocumentNode, string | null>();
  const inDocumentOnce = (document: DocumentNode): string | undefined => {
    let verdict = verdicts.get(document);
    if (verdict === undefined) verdicts.set(document, (verdict = inDocument(document) ?? null));
    return verdict ?? undefined;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const path = inValue(request.variables ?? {}, "")?.replace(/^\./, "") ?? inDocumentOnce(document);
          if (!path) return;
          throw refused(`Text at "${path}" holds a NUL character or half of a surrogate pair`, "INVALID_INPUT", {
            [fieldName(path)]: "INVALID",
          });
        },
      };
    },
  };
}
