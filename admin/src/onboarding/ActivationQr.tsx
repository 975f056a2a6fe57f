import { Box } from "@mui/material";
import QRCode from "qrcode";
import { useEffect, useState } from "react";

/**
 * A QR code of `url`, drawn as SVG in the browser (the qrcode library):
 * sharp on paper at any size. The URL is also on the element
 * (data-url) and printed under it for anyone without a scanner.
 */
export const ActivationQr = ({ url, size = 112, label }: { url: string; size?: number; label: string }) => {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1 })
      .then((drawn) => live && setSvg(drawn))
      .catch(() => live && setSvg(null));
    return () => {
      live = false;
    };
  }, [url]);
  return (
    <Box
      role="img"
      aria-label={label}
      data-testid="activation-qr"
      data-url={url}
      sx={{ width: size, height: size, flex: "none", "& svg": { width: "100%", height: "100%", display: "block" } }}
      // The library's own SVG markup, made from the URL only.
      dangerouslySetInnerHTML={svg ? { __html: svg } : undefined}
    />
  );
};
