module gowinpreflight/timerprobe

go 1.19
