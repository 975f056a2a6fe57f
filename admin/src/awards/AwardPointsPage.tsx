import { DayTextField } from "../common/DayInput";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Grid,
  Paper,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from "@mui/material";
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { Title, useGetOne, useLocaleState, useTranslate } from "react-admin";
import { districtToday, formatPoints } from "../common/format";
import { newIdempotencyKey } from "../common/idempotency";
import { useSessionUser } from "../common/session";
import { VillagePicker } from "../common/VillagePicker";
import { useAction } from "../common/useAction";
import type { AwardResult } from "../providers/actions";
import type { Household, PointRule, Village } from "../types";
import { AwardConfirmDialog } from "./AwardConfirmDialog";
import { awardPoints, toAwardInput, validateAward, type AwardErrors, type AwardForm } from "./awardForm";
import { AwardResultCard } from "./AwardResultCard";
import { HouseholdPicker, type PickedHouseholds } from "./HouseholdPicker";
import { RulePicker } from "./RulePicker";
import { HouseholdPhotoButton, HouseholdPhotoList, useAwardPhotos } from "./AwardPhotos";
import { PhotoPickerControl } from "../photos/PhotoPickerControl";
import { usePhotoLimits } from "../photos/usePhotoLimits";

const emptyForm = (): AwardForm => ({ mode: "rule", ruleId: "", points: "", reason: "", deedDate: districtToday(), note: "" });

/** The district admin picks the village first; a committee awards in its own. */

/**
 * 积分奖励 in one screen: what for (a rule of the catalogue, or points and a
 * reason), the day of the deed, the households (one or many, searched in the
 * village's roll), then a confirmation that says whether it posts at once or
 * goes on publicity. One idempotency key per form: pressing twice, or a
 * retry after a lost answer, awards once.
 */
export const AwardPointsPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const user = useSessionUser();
  const [searchParams] = useSearchParams();
  const preselectId = searchParams.get("householdId");

  const [villageId, setVillageId] = useState<string | null>(user?.role === "VILLAGE_COMMITTEE" ? user.villageId : null);
  const [form, setForm] = useState<AwardForm>(emptyForm);
  const [rule, setRule] = useState<PointRule | null>(null);
  const [picked, setPicked] = useState<PickedHouseholds>(new Map());
  const [errors, setErrors] = useState<AwardErrors>({});
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<AwardResult | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);
  const photos = useAwardPhotos();
  const limits = usePhotoLimits();
  const [photoWait, setPhotoWait] = useState(false);

  // Coming from a household's page: that household is ticked (and, for the admin, its village chosen).
  const { data: preselected } = useGetOne<Household>("households", { id: preselectId ?? "" }, { enabled: Boolean(preselectId) });
  useEffect(() => {
    if (!preselected) return;
    setVillageId(preselected.villageId);
    setPicked(new Map([[preselected.id, { id: preselected.id, number: preselected.number, headName: preselected.headName }]]));
  }, [preselected]);

  const { data: village } = useGetOne<Village>("villages", { id: villageId ?? "" }, { enabled: villageId !== null });

  const award = useAction((dp, input: ReturnType<typeof toAwardInput>) => dp.awardPoints(input), {
    refresh: false,
    onSuccess: (outcome) => {
      setConfirming(false);
      setResult(outcome);
    },
  });

  const set = <K extends keyof AwardForm>(field: K, value: AwardForm[K]) => setForm((f) => ({ ...f, [field]: value }));
  const points = awardPoints(form, rule?.points);
  // A key, or a key with its arguments (a number out of range).
  const say = (error: AwardErrors["points"]) => (typeof error === "string" ? translate(error) : error ? translate(error.message, error.args) : "");
  const reason = form.mode === "rule" ? (rule?.name ?? "") : form.reason.trim();

  const review = () => {
    const found = validateAward(form, picked.size, districtToday());
    setErrors(found);
    // Confirming waits until every photo has arrived.
    const waiting = photos.sending(picked);
    setPhotoWait(waiting);
    if (Object.keys(found).length === 0 && !waiting) setConfirming(true);
  };
  const submit = () => award.mutate(toAwardInput(form, [...picked.keys()], key, photos.ids(picked)));
  const startOver = () => {
    setResult(null);
    setPicked(new Map());
    photos.clear();
    setKey(newIdempotencyKey());
  };
  const changeVillage = (id: string | null) => {
    setVillageId(id);
    setPicked(new Map());
    setRule(null);
    set("ruleId", "");
  };

  return (
    <Box sx={{ mt: 2, pb: 10 }}>
      <Title title="app.award.title" />
      {result ? (
        <AwardResultCard result={result} households={picked} onAgain={startOver} />
      ) : (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 5 }}>
            <Card>
              <CardHeader title={translate("app.award.step_what")} />
              <CardContent>
                {user?.role === "DISTRICT_ADMIN" && <VillagePicker value={villageId} onChange={changeVillage} label="resources.households.fields.villageId" sx={{ mb: 2 }} />}
                <ToggleButtonGroup
                  exclusive
                  fullWidth
                  size="small"
                  color="primary"
                  value={form.mode}
                  onChange={(_e, mode: AwardForm["mode"] | null) => mode && set("mode", mode)}
                  sx={{ mb: 2 }}
                >
                  <ToggleButton value="rule">{translate("app.award.mode_rule")}</ToggleButton>
                  <ToggleButton value="points">{translate("app.award.mode_points")}</ToggleButton>
                </ToggleButtonGroup>
                {form.mode === "rule" ? (
                  <RulePicker
                    villageId={villageId}
                    value={form.ruleId}
                    error={errors.ruleId}
                    onChange={(r) => {
                      setRule(r);
                      set("ruleId", r?.id ?? "");
                    }}
                  />
                ) : (
                  <Stack spacing={2}>
                    <TextField
                      name="points"
                      label={translate("app.award.fields.points")}
                      value={form.points}
                      onChange={(e) => set("points", e.target.value)}
                      error={Boolean(errors.points)}
                      helperText={errors.points ? say(errors.points) : translate("app.award.helper.points")}
                      required
                      slotProps={{ htmlInput: { inputMode: "numeric" } }}
                    />
                    <TextField
                      name="reason"
                      label={translate("app.award.fields.reason")}
                      value={form.reason}
                      onChange={(e) => set("reason", e.target.value)}
                      error={Boolean(errors.reason)}
                      helperText={errors.reason ? say(errors.reason) : " "}
                      required
                    />
                  </Stack>
                )}
                <DayTextField
                  name="deedDate"
                  label={translate("app.award.fields.deedDate")}
                  value={form.deedDate}
                  onChange={(day) => set("deedDate", day)}
                  error={Boolean(errors.deedDate)}
                  helperText={errors.deedDate ? say(errors.deedDate) : translate("app.award.helper.deedDate")}
                  fullWidth
                  sx={{ mt: 2 }}
                />
                <TextField
                  name="note"
                  label={translate("app.common.note")}
                  value={form.note}
                  onChange={(e) => set("note", e.target.value)}
                  helperText={translate("app.award.helper.note")}
                  fullWidth
                  multiline
                  minRows={2}
                  sx={{ mt: 2, mb: 2 }}
                />
                <PhotoPickerControl
                  photos={photos.award}
                  onChange={photos.changeAward}
                  max={limits?.perRecord}
                  caption={translate("app.photos.award.whole_hint")}
                  testId="award-photos"
                  message={photoWait && photos.sending(picked) && <Alert severity="info" sx={{ mb: 1 }}>{translate("app.resident.photos.wait")}</Alert>}
                />
                {village && village.publicityDays > 0 && (
                  <Alert severity="info" sx={{ mt: 2 }}>
                    {translate("app.award.publicity_notice", { village: village.name, days: village.publicityDays })}
                  </Alert>
                )}
              </CardContent>
            </Card>
          </Grid>
          <Grid size={{ xs: 12, md: 7 }}>
            <Card>
              <CardHeader
                title={translate("app.award.step_who")}
                subheader={village ? translate("app.award.village_roll", { village: village.name }) : undefined}
              />
              <CardContent>
                <HouseholdPicker
                  villageId={villageId}
                  picked={picked}
                  onChange={setPicked}
                  error={errors.households}
                  pickedRowAction={(household) => <HouseholdPhotoButton household={household} photos={photos} />}
                />
                <HouseholdPhotoList picked={picked} photos={photos} />
              </CardContent>
            </Card>
          </Grid>
        </Grid>
      )}
      {!result && (
        <Paper
          elevation={6}
          sx={{ position: "sticky", bottom: 16, mt: 2, p: 2, display: "flex", alignItems: "center", gap: 2, flexWrap: "wrap" }}
        >
          <Typography sx={{ flex: 1 }} data-testid="award-summary">
            {translate("app.award.summary", {
              households: picked.size,
              points: formatPoints(points, locale),
              total: formatPoints(points * picked.size, locale),
            })}
          </Typography>
          <Button variant="contained" size="large" onClick={review} data-testid="review-award">
            {translate("app.award.review_button")}
          </Button>
        </Paper>
      )}
      <AwardConfirmDialog
        open={confirming}
        households={picked.size}
        points={points}
        reason={reason}
        villageName={village?.name ?? ""}
        publicityDays={village?.publicityDays ?? 0}
        photos={photos}
        picked={picked}
        pending={award.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={submit}
      />
    </Box>
  );
};
