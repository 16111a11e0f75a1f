module gowinpreflight/analyzer

go 1.19
