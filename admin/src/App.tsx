import { Admin, Resource } from "react-admin";
import { Dashboard } from "./dashboard/Dashboard";
import departments from "./departments";
import households from "./households";
import { i18nProvider } from "./i18n";
import { AppTitle } from "./layout/AppTitle";
import { Layout } from "./layout/Layout";
import { authProvider } from "./providers/authProvider";
import { dataProvider } from "./providers/dataProvider";
import townships from "./townships";
import users from "./users";
import villages from "./villages";

// Every resource is registered for every role, so references resolve
// everywhere; what each role is offered comes from providers/access.ts.
export const App = () => (
  <Admin
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    title={<AppTitle />}
    requireAuth
    disableTelemetry
  >
    <Resource name="households" {...households} />
    <Resource name="villages" {...villages} />
    <Resource name="townships" {...townships} />
    <Resource name="departments" {...departments} />
    <Resource name="users" {...users} />
  </Admin>
);
