import type { ReactNode } from "react";
import { Route } from "react-router-dom";
import { AccessDenied, Admin, CanAccess, CustomRoutes, Resource } from "react-admin";
import awardBatches from "./awardBatches";
import { AwardPointsPage } from "./awards/AwardPointsPage";
import { CheckoutPage } from "./checkout/CheckoutPage";
import civicMatters from "./civicMatters";
import { Dashboard } from "./dashboard/Dashboard";
import departments from "./departments";
import exchangeEvents from "./exchangeEvents";
import households from "./households";
import { i18nProvider } from "./i18n";
import { AppTitle } from "./layout/AppTitle";
import { Layout } from "./layout/Layout";
import { MyPointsPage } from "./my/MyPointsPage";
import { MyShopPage } from "./my/MyShopPage";
import { PassbookPage } from "./passbook/PassbookPage";
import pointEntries from "./pointEntries";
import pointRules from "./pointRules";
import products from "./products";
import { authProvider } from "./providers/authProvider";
import { dataProvider } from "./providers/dataProvider";
import redemptions from "./redemptions";
import townships from "./townships";
import users from "./users";
import villages from "./villages";
import "./print.css";

/** A screen that is not a resource, offered to the roles providers/access.ts names. */
const Guarded = ({ resource, action = "use", children }: { resource: string; action?: string; children: ReactNode }) => (
  <CanAccess resource={resource} action={action} accessDenied={<AccessDenied />}>
    {children}
  </CanAccess>
);

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
    <Resource name="pointRules" {...pointRules} />
    <Resource name="pointEntries" {...pointEntries} />
    <Resource name="awardBatches" {...awardBatches} />
    <Resource name="products" {...products} />
    <Resource name="exchangeEvents" {...exchangeEvents} />
    <Resource name="redemptions" {...redemptions} />
    <Resource name="villages" {...villages} />
    <Resource name="townships" {...townships} />
    <Resource name="departments" {...departments} />
    <Resource name="users" {...users} />
    <Resource name="civicMatters" {...civicMatters} />
    <Resource name="civicCategories" recordRepresentation="name" />
    <CustomRoutes>
      <Route path="/award" element={<Guarded resource="award"><AwardPointsPage /></Guarded>} />
      <Route path="/checkout" element={<Guarded resource="checkout"><CheckoutPage /></Guarded>} />
      <Route path="/passbook/:id" element={<Guarded resource="households" action="passbook"><PassbookPage /></Guarded>} />
      <Route path="/my/points" element={<Guarded resource="myPoints"><MyPointsPage /></Guarded>} />
      <Route path="/my/shop" element={<Guarded resource="myShop"><MyShopPage /></Guarded>} />
    </CustomRoutes>
  </Admin>
);
