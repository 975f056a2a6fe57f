/** The demo users' password in every test database (the fixtures are seeded with it). */
export const demoPassword = "demo-password-for-tests";
/** The token secret every test server signs with. */
export const testSecret = "a-test-secret-that-is-at-least-32-characters";
