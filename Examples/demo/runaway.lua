-- Demo: a runaway loop that even tries to swallow the error; the time limit stops it anyway.
while true do
  pcall(function()
    while true do end
  end)
end
