-- Demo tracking store: answers in JNE's upstream shape, keyed by AWB, so demo and upstream
-- go through the same whitelist before anything reaches a browser.
CREATE TABLE demo_shipments (
    awb    TEXT PRIMARY KEY NOT NULL,
    answer TEXT NOT NULL
);
