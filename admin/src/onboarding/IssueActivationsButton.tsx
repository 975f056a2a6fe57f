import QrCode2Icon from "@mui/icons-material/QrCode2";
import { useState } from "react";
import { Button, Confirm, useListContext, useNotify, useRecordContext } from "react-admin";
import { useNavigate } from "react-router-dom";
import { useSessionUser } from "../common/session";
import { useAction } from "../common/useAction";
import { useErrorText } from "../common/useErrorText";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";
import type { Household } from "../types";
import { keepIssued, slipsRoute } from "./issuedSlips";
import { useRoleAccess } from "../common/useRoleAccess";

/** Issues codes and opens the print page with them (held in memory, shown once). */
function useIssue() {
  const navigate = useNavigate();
  return useAction(
    (dp, params: { villageId: string; householdIds?: string[] }) =>
      dp.issueResidentActivations(params).then((activations) => ({ ...params, activations })),
    {
      refresh: false,
      onSuccess: ({ villageId, householdIds, activations }) => {
        const householdId = householdIds?.length === 1 ? householdIds[0] : undefined;
        keepIssued({ villageId, householdId, activations });
        navigate(slipsRoute({ villageId, householdId }));
      },
    },
  );
}

/**
 * The households list's 开通居民账号 / 打印激活单: a code for every active
 * household of the village without an account, after a confirmation that
 * says how many and that earlier unused codes are replaced. The village is
 * the committee's own, or the one the list is filtered to.
 */
export const VillageActivationsButton = () => {
  const canAccess = useRoleAccess("households", "activate");
  const { filterValues } = useListContext();
  const user = useSessionUser();
  const dataProvider = useCunwuDataProvider();
  const notify = useNotify();
  const errorText = useErrorText();
  const [count, setCount] = useState<number | null>(null);
  const [counting, setCounting] = useState(false);
  const issue = useIssue();
  const villageId = user?.role === "VILLAGE_COMMITTEE" ? user.villageId : typeof filterValues?.villageId === "string" ? filterValues.villageId : null;
  if (!canAccess || !villageId) return null;
  const ask = async () => {
    setCounting(true);
    try {
      setCount((await dataProvider.householdsWithoutAccount({ villageId })).size);
    } catch (error) {
      notify(errorText(error), { type: "error" });
    } finally {
      setCounting(false);
    }
  };
  return (
    <>
      <Button label="app.onboarding.issue_village" disabled={counting || issue.isPending} onClick={ask}>
        <QrCode2Icon />
      </Button>
      <Confirm
        isOpen={count !== null}
        title="app.onboarding.issue_village_title"
        content={count === 0 ? "app.onboarding.issue_village_none" : "app.onboarding.issue_village_confirm"}
        translateOptions={{ smart_count: count ?? 0 }}
        loading={issue.isPending}
        onClose={() => setCount(null)}
        onConfirm={() => {
          setCount(null);
          issue.mutate({ villageId });
        }}
      />
    </>
  );
};

/**
 * One household's slip, from its page (its first account, or one more for a
 * family member): any unused code of the household is replaced.
 */
export const HouseholdActivationButton = ({ label = "app.onboarding.issue_household" }: { label?: string }) => {
  const household = useRecordContext<Household>();
  const canAccess = useRoleAccess("households", "activate");
  const [asking, setAsking] = useState(false);
  const issue = useIssue();
  if (!household || !canAccess || household.status !== "ACTIVE") return null;
  return (
    <>
      <Button label={label} disabled={issue.isPending} onClick={() => setAsking(true)}>
        <QrCode2Icon />
      </Button>
      <Confirm
        isOpen={asking}
        title="app.onboarding.issue_household_title"
        content="app.onboarding.issue_household_confirm"
        translateOptions={{ number: household.number, name: household.headName }}
        loading={issue.isPending}
        onClose={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          issue.mutate({ villageId: String(household.villageId), householdIds: [String(household.id)] });
        }}
      />
    </>
  );
};
