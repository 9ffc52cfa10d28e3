module example.invalid/poortwachter-example

go 1.19
