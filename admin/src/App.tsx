import type { ReactNode } from "react";
import { Route } from "react-router-dom";
import { AccessDenied, Admin, CustomRoutes, Resource } from "react-admin";
import activities from "./activities";
import awardBatches from "./awardBatches";
import civicCategories from "./civicCategories";
import civicMatters from "./civicMatters";
import departments from "./departments";
import exchangeEvents from "./exchangeEvents";
import households from "./households";
import { i18nProvider } from "./i18n";
import { AppTitle } from "./layout/AppTitle";
import { Layout } from "./layout/Layout";
import pointEntries from "./pointEntries";
import pointRules from "./pointRules";
import products from "./products";
import { authProvider } from "./providers/authProvider";
import { dataProvider } from "./providers/dataProvider";
import redemptions from "./redemptions";
import serviceBrands from "./serviceBrands";
import townships from "./townships";
import users from "./users";
import villages from "./villages";
import volunteerTeams from "./volunteerTeams";
import "./print.css";
import { lazyView } from "./common/lazyView";
import { theme } from "./layout/theme";
import { useRoleAccess } from "./common/useRoleAccess";
import type { AccessName } from "./providers/access";
import { LoginPage } from "./onboarding/LoginPage";

// Screens load when first opened (see common/lazyView.ts).
const AwardPointsPage = lazyView(() => import("./awards/AwardPointsPage"), "AwardPointsPage");
const CheckoutPage = lazyView(() => import("./checkout/CheckoutPage"), "CheckoutPage");
const Dashboard = lazyView(() => import("./dashboard/Dashboard"), "Dashboard");
const MyPointsPage = lazyView(() => import("./my/MyPointsPage"), "MyPointsPage");
const MyShopPage = lazyView(() => import("./my/MyShopPage"), "MyShopPage");
const PassbookPage = lazyView(() => import("./passbook/PassbookPage"), "PassbookPage");
const ImportHouseholdsPage = lazyView(() => import("./households/ImportHouseholdsPage"), "ImportHouseholdsPage");
const DistrictFiguresPage = lazyView(() => import("./print/DistrictFiguresPage"), "DistrictFiguresPage");
const PublicityBoardPage = lazyView(() => import("./print/PublicityBoardPage"), "PublicityBoardPage");
const RedemptionReceiptPage = lazyView(() => import("./print/RedemptionReceiptPage"), "RedemptionReceiptPage");
const VillagePassbooksPage = lazyView(() => import("./print/VillagePassbooksPage"), "VillagePassbooksPage");
const RankingBoardPage = lazyView(() => import("./print/RankingBoardPage"), "RankingBoardPage");
const MyVolunteerPage = lazyView(() => import("./my/MyVolunteerPage"), "MyVolunteerPage");
const NotificationsPage = lazyView(() => import("./notifications/NotificationsPage"), "NotificationsPage");
const ActivityParticipationPage = lazyView(() => import("./activities/ActivityParticipationPage"), "ActivityParticipationPage");
const ActivationSlipsPage = lazyView(() => import("./onboarding/ActivationSlipsPage"), "ActivationSlipsPage");
const ActivatePage = lazyView(() => import("./onboarding/ActivatePage"), "ActivatePage");
const PhoneLoginPage = lazyView(() => import("./onboarding/PhoneLoginPage"), "PhoneLoginPage");
const CalendarPage = lazyView(() => import("./calendar/CalendarPage"), "CalendarPage");

/** A screen that is not a resource, offered to the roles providers/access.ts names. */
const Guarded = ({ resource, action = "use", children }: { resource: AccessName; action?: string; children: ReactNode }) =>
  useRoleAccess(resource, action) ? children : <AccessDenied />;

// Every resource is registered for every role, so references resolve
// everywhere; what each role is offered comes from providers/access.ts.
export const App = () => (
  <Admin
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    theme={theme}
    title={<AppTitle />}
    loginPage={LoginPage}
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
    <Resource name="activities" {...activities} />
    <Resource name="volunteerTeams" {...volunteerTeams} />
    <Resource name="serviceBrands" {...serviceBrands} />
    <Resource name="civicCategories" {...civicCategories} />
    {/* A resident's ways in, without a session (providers/firstScreen.ts lets them through). */}
    <CustomRoutes noLayout>
      <Route path="/activate" element={<ActivatePage />} />
      <Route path="/login-by-phone" element={<PhoneLoginPage />} />
    </CustomRoutes>
    <CustomRoutes>
      <Route path="/award" element={<Guarded resource="award"><AwardPointsPage /></Guarded>} />
      <Route path="/checkout" element={<Guarded resource="checkout"><CheckoutPage /></Guarded>} />
      <Route path="/households/import" element={<Guarded resource="households" action="import"><ImportHouseholdsPage /></Guarded>} />
      <Route path="/passbook/:id" element={<Guarded resource="households" action="passbook"><PassbookPage /></Guarded>} />
      <Route path="/my/points" element={<Guarded resource="myPoints"><MyPointsPage /></Guarded>} />
      <Route path="/my/shop" element={<Guarded resource="myShop"><MyShopPage /></Guarded>} />
      <Route path="/print/district" element={<Guarded resource="districtFigures"><DistrictFiguresPage /></Guarded>} />
      <Route path="/print/publicity" element={<Guarded resource="publicityBoard"><PublicityBoardPage /></Guarded>} />
      <Route path="/print/ranking" element={<Guarded resource="rankingBoard"><RankingBoardPage /></Guarded>} />
      <Route path="/print/redemption/:id" element={<Guarded resource="redemptions" action="show"><RedemptionReceiptPage /></Guarded>} />
      <Route path="/print/activations" element={<Guarded resource="households" action="activate"><ActivationSlipsPage /></Guarded>} />
      <Route path="/print/passbooks" element={<Guarded resource="households" action="passbook"><VillagePassbooksPage /></Guarded>} />
      <Route path="/my/volunteer" element={<Guarded resource="myVolunteer"><MyVolunteerPage /></Guarded>} />
      <Route path="/activities/:id/participation" element={<Guarded resource="activities" action="edit"><ActivityParticipationPage /></Guarded>} />
      <Route path="/calendar" element={<Guarded resource="calendar"><CalendarPage /></Guarded>} />
      {/* Every logged-in role has its own notifications. */}
      <Route path="/notifications" element={<NotificationsPage />} />
    </CustomRoutes>
  </Admin>
);
