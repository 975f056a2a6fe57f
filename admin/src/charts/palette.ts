// Chart colours: plain hex (they print and need no theme), distinguishable in
// grey-scale print and for the common colour-blindnesses (Okabe–Ito based).
export const chartColors = {
  awarded: "#2e7d32",
  redeemed: "#1565c0",
  received: "#5c6bc0",
  resolved: "#2e7d32",
  activities: "#ef6c00",
  channels: {
    DIRECT: "#0072b2",
    LEAD: "#e69f00",
    JOINT: "#009e73",
    SUPERVISED: "#d55e00",
    NONE: "#9e9e9e",
  },
} as const;
