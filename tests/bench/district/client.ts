// Plain HTTP for the district bench's set-up and its one-at-a-time timings.

export interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function post<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer<T>> {
  const headers: Record<string, string> = { "content-type": "application/json", "apollo-require-preflight": "true" };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as Answer<T>;
}

/** The data of an operation that must succeed: a refused one is a broken bench, not a figure. */
export async function ok<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const answer = await post<T>(url, query, variables, token);
  if (answer.errors?.length || !answer.data) throw new Error(`GraphQL errors from ${url}: ${JSON.stringify(answer.errors)}\n${query}`);
  return answer.data;
}

export async function login(url: string, username: string, password: string): Promise<string> {
  const data = await ok<{ login: { token: string } }>(
    url,
    `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
    { u: username, p: password },
  );
  return data.login.token;
}
