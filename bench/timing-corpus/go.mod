module example.com/timingcorpus

go 1.19
