import { Alert, Box, Typography } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { Link, useSearchParams } from "react-router-dom";
import { formatDay } from "../common/format";
import { PrintSheet } from "../print/PrintSheet";
import type { ResidentActivation } from "./actions";
import { ActivationQr } from "./ActivationQr";
import { activationUrl, issuedSlips, normalizeCode, spacedCode } from "./issuedSlips";

/** Ten slips to an A4 page: two columns of five, cut along the dashed lines (print.css). */
const PER_PAGE = 10;

const Slip = ({ activation }: { activation: ResidentActivation }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.onboarding.slip.${key}`, options);
  // The code without its dashes: a shorter address, a simpler QR (the page reads it either way).
  const url = activationUrl(normalizeCode(activation.code));
  return (
    <Box className="activation-slip" data-testid="activation-slip" data-household={activation.householdNumber} data-url={url}>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography className="slip-title" sx={{ fontWeight: 600 }}>
          {t("title", { village: activation.villageName })}
        </Typography>
        <Typography variant="body2">{t("household", { number: activation.householdNumber, name: activation.headName })}</Typography>
        <Typography variant="caption" component="div" color="text.secondary">
          {t("code")}
        </Typography>
        <Typography className="slip-code" data-testid="activation-code" sx={{ fontFamily: "monospace", fontSize: "1.35rem", fontWeight: 700, letterSpacing: "0.12em", whiteSpace: "nowrap" }}>
          {spacedCode(activation.code)}
        </Typography>
        <Typography variant="caption" component="div">
          {t("expires", { date: formatDay(activation.expiresAt) })}
        </Typography>
        <Typography className="slip-steps" variant="caption" component="div" sx={{ mt: 0.5, lineHeight: 1.4 }}>
          {t("line1")}
          <br />
          {t("line2")}
        </Typography>
      </Box>
      <Box sx={{ textAlign: "center" }}>
        <ActivationQr url={url} label={t("qr")} />
      </Box>
    </Box>
  );
};

/**
 * 居民账号激活单: the codes just issued (from the households list or a
 * household's page), held in memory only; ten slips to a page with cut
 * lines. /print/activations?villageId=…[&householdId=…]
 */
export const ActivationSlipsPage = () => {
  const translate = useTranslate();
  const [params] = useSearchParams();
  const t = (key: string, options?: object) => translate(`app.onboarding.${key}`, options);
  // Read once: what this tab issued for this village (or household), or nothing after a reload.
  const [slips] = useState(() => {
    const held = issuedSlips();
    const villageId = params.get("villageId");
    const householdId = params.get("householdId") ?? undefined;
    return held && held.villageId === villageId && held.householdId === householdId ? held.activations : null;
  });
  const pages: ResidentActivation[][] = [];
  for (let i = 0; slips && i < slips.length; i += PER_PAGE) pages.push(slips.slice(i, i + PER_PAGE));
  const village = slips?.[0]?.villageName;
  return (
    <PrintSheet
      testId="activation-slips"
      className="activation-sheet"
      title={village ? t("slips_title", { village }) : t("slips_title_plain")}
      subtitle={slips ? t("slips_subtitle", { smart_count: slips.length }) : undefined}
    >
      {slips === null && (
        <Alert severity="warning" className="no-print" action={<Link to="/households">{t("back_to_households")}</Link>}>
          {t("slips_gone")}
        </Alert>
      )}
      {slips?.length === 0 && <Alert severity="info">{t("slips_none")}</Alert>}
      {slips && slips.length > 0 && (
        <Alert severity="info" className="no-print" sx={{ mb: 2 }}>
          {t("slips_once")}
        </Alert>
      )}
      {pages.map((page, index) => (
        <Box key={index} className="activation-page">
          {page.map((activation) => (
            <Slip key={activation.householdId} activation={activation} />
          ))}
        </Box>
      ))}
    </PrintSheet>
  );
};
