import { Box, Card, CardContent, CardHeader, Grid, Stack, Typography } from "@mui/material";
import { useEffect, useMemo, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { Title, useGetList, useGetOne, useLocaleState, useTranslate } from "react-admin";
import { Figure } from "../common/fields";
import { formatPoints } from "../common/format";
import { newIdempotencyKey } from "../common/idempotency";
import { allows } from "../common/allowed";
import { useAction } from "../common/useAction";
import { useErrorText } from "../common/useErrorText";
import { GraphQLRequestError } from "../providers/graphqlClient";
import type { ExchangeEvent, Household, Product, Redemption } from "../types";
import { cartLines, cartTotal, toRedeemInput, type Cart } from "./cart";
import { CheckoutReceipt } from "./CheckoutReceipt";
import { CheckoutSummary } from "./CheckoutSummary";
import { HouseholdSearch } from "./HouseholdSearch";
import { ProductCatalogue } from "./ProductCatalogue";

/**
 * 兑换结算: pick the household and see its balance, add products with their
 * quantities, see the total and what is left, confirm. All or nothing on the
 * server; a shortfall of points or stock is said in words, naming the
 * product. One idempotency key per checkout: a double press redeems once.
 */
export const CheckoutPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const errorText = useErrorText();
  const [searchParams] = useSearchParams();
  const [household, setHousehold] = useState<Household | null>(null);
  const [cart, setCart] = useState<Cart>({});
  const [eventId, setEventId] = useState(searchParams.get("eventId") ?? "");
  const [key, setKey] = useState(newIdempotencyKey);
  const [error, setError] = useState<{ text: string; productId?: string } | null>(null);
  const [done, setDone] = useState<{ redemption: Redemption; household: Household } | null>(null);

  // From a household's page: that household, fresh.
  const preselectId = searchParams.get("householdId");
  const { data: preselected } = useGetOne<Household>("households", { id: preselectId ?? "" }, { enabled: Boolean(preselectId) });
  useEffect(() => {
    if (preselected) setHousehold(preselected);
  }, [preselected]);

  const villageId = household?.villageId ?? null;
  const { data: products = [] } = useGetList<Product>(
    "products",
    { filter: { villageId, active: true }, sort: { field: "price", order: "ASC" }, pagination: { page: 1, perPage: 200 } },
    { enabled: villageId !== null },
  );
  const { data: openEvents = [] } = useGetList<ExchangeEvent>(
    "exchangeEvents",
    { filter: { villageId, status: "OPEN" }, sort: { field: "date", order: "DESC" }, pagination: { page: 1, perPage: 20 } },
    { enabled: villageId !== null },
  );
  // Only events the server says take sales now: an announced one dated later does not.
  const events = useMemo(() => openEvents.filter((event) => allows(event, "SELL")), [openEvents]);
  useEffect(() => {
    // The latest open event by default; an event of another village never stays chosen.
    if (events.length === 0) return;
    setEventId((current) => (events.some((e) => e.id === current) ? current : events[0]!.id));
  }, [events]);

  const lines = useMemo(() => cartLines(cart, products), [cart, products]);
  const total = cartTotal(lines);

  const redeem = useAction((dp, input: ReturnType<typeof toRedeemInput>) => dp.redeem(input), {
    refresh: false,
    notifyError: false,
    onSuccess: (redemption) => household && setDone({ redemption, household }),
  });
  useEffect(() => {
    if (!redeem.error) return;
    const details = redeem.error instanceof GraphQLRequestError ? redeem.error.details : {};
    const productId = details.productId;
    // The server judges at submit: its balance replaces the one shown, so the
    // figures agree with its words and the button stays off until the cart fits.
    const balance = details.balance;
    if (redeem.error instanceof GraphQLRequestError && redeem.error.reason === "INSUFFICIENT_POINTS" && typeof balance === "number") {
      setHousehold((h) => (h ? { ...h, balance } : h));
    }
    setError({ text: errorText(redeem.error), productId: typeof productId === "string" ? productId : undefined });
    // errorText is stable in meaning; only a new error matters.
  }, [redeem.error]);

  const chooseHousehold = (next: Household | null) => {
    setHousehold(next);
    setCart({});
    setError(null);
  };
  const changeCart = (next: Cart) => {
    setCart(next);
    setError(null);
  };
  const confirm = () => {
    if (!household || lines.length === 0) return;
    setError(null);
    redeem.mutate(toRedeemInput(household.id, eventId || null, lines, key));
  };
  const next = () => {
    setDone(null);
    setHousehold(null);
    setCart({});
    setError(null);
    redeem.reset();
    setKey(newIdempotencyKey());
  };

  if (done) {
    return (
      <Box sx={{ mt: 2 }}>
        <Title title="app.checkout.title" />
        <CheckoutReceipt redemption={done.redemption} household={done.household} onNext={next} />
      </Box>
    );
  }

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.checkout.title" />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Stack spacing={2}>
            <Card>
              <CardHeader title={translate("app.checkout.step_household")} />
              <CardContent>
                <HouseholdSearch value={household} onChange={chooseHousehold} />
                {household && (
                  <Stack direction="row" spacing={4} sx={{ mt: 2, alignItems: "center" }} data-testid="checkout-household">
                    <Figure
                      label={translate("resources.households.fields.balance")}
                      value={formatPoints(household.balance, locale)}
                      unit={translate("app.common.points_unit")}
                      color="primary.main"
                    />
                    <Typography color="text.secondary">
                      {household.headName} · {translate(`enums.HouseholdCategory.${household.category}`)} ·{" "}
                      {translate("resources.households.members", { smart_count: household.memberCount })}
                    </Typography>
                  </Stack>
                )}
              </CardContent>
            </Card>
            <Card>
              <CardHeader title={translate("app.checkout.step_products")} />
              <CardContent sx={{ overflowX: "auto" }}>
                {household ? (
                  <ProductCatalogue products={products} cart={cart} onChange={changeCart} shortProductId={error?.productId} />
                ) : (
                  <Typography color="text.secondary">{translate("app.checkout.pick_household_first")}</Typography>
                )}
              </CardContent>
            </Card>
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Card sx={{ position: { md: "sticky" }, top: { md: 64 } }}>
            <CardHeader title={translate("app.checkout.step_confirm")} />
            <CardContent>
              <CheckoutSummary
                household={household}
                lines={lines}
                total={total}
                events={events}
                eventId={eventId}
                onEventChange={setEventId}
                error={error?.text ?? null}
                pending={redeem.isPending}
                onConfirm={confirm}
              />
            </CardContent>
          </Card>
        </Grid>
      </Grid>
    </Box>
  );
};
