import FuzzDriver
import StanceKit

// HTML ingest: any bytes named as a web page (gzip included) become a document or a typed error.
fuzz { bytes in
    _ = try? DocumentReader.read(bytes, id: "fuzz", source: "fuzz.html")
}
