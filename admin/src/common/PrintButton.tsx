import PrintIcon from "@mui/icons-material/Print";
import { Button } from "react-admin";

/** Prints the page; print.css leaves out the menus and buttons. */
export const PrintButton = () => (
  <Button label="app.common.print" onClick={() => window.print()}>
    <PrintIcon />
  </Button>
);
