import readXlsxFile from "read-excel-file/universal";

// read-excel-file/node for src/load/xlsx.ts in the page: its browser build reads the same workbook from an
// ArrayBuffer instead of a Buffer, with the same result shape.
export default function readXlsxFileInPage(bytes: Uint8Array) {
  return readXlsxFile(bytes.slice().buffer);
}
