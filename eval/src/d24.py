from lib import *
T = """Annual stats show glimmer of hope

Our youth justice statistics for 2021 to 2022 were published today. I was pleased to see that many long-term positive trends continue in areas including reductions in numbers of children entering the system and in custody. However, it was also clear that acute challenges remain for children and services facing long waits for court and high use of custodial remand.
Reoffending has decreased to the lowest rate on record but we know the data is likely to have been impacted by pandemic restrictions. I remain hopeful, and next year we should be able to see a truer picture of reoffending as data will cover periods without major restrictions.
Positive long-term trends continue
- the number of children entering the justice system for the first time reached another all-time low, of just over 8000 children
- the number of children in custody was, on average, 450 - the lowest figure on record
Working in youth justice, my familiarity with these year-on-year reductions means it's easy to pass over the magnitude of what has been achieved. I keep reminding myself that behind these figures are children who were able to find another more positive, safer, more productive path because of the outstanding efforts of our colleagues across the youth justice system. Their work changes the lives of thousands of children each year, and makes all our communities safer, I can't thank them enough.
A glimmer of hope
For a long time, the Youth Justice Board (YJB) and multiple partners have been working towards reducing the over-representation of children from ethnic minorities, including White minorities, in the youth justice system. Finally, I can say that there may be a glimmer of hope. Whilst we are far from the end of the journey, as unacceptable over-representation remains, there are a number of figures which show it is slightly decreasing:
- Black children were involved in 16% of stop and searches (where ethnicity was known)."""
doc("yjb-youth-justice-statistics-2021-22-blog",
 "https://miragenews.com/annual-stats-show-glimmer-of-hope-935645 (copy of a Youth Justice Board for England and Wales news story, gov.uk, January 2023; title line taken from the page address; the copy names no author; stops inside the first bullet of the over-representation list, after its first sentence)",
 T,
 [("Organisation","Youth Justice Board for England and Wales","Youth Justice Board","YJB"),
  ("Policy","youth justice statistics","Our youth justice statistics for 2021 to 2022"),
  ("Policy","stop and search","stop and searches")],
 stats=[("just over 8000 children",8000,"count","children entering the youth justice system for the first time","2021 to 2022",None,"Youth Justice Board for England and Wales"),
        ("450",450,"count","children in custody on average","2021 to 2022",None,"Youth Justice Board for England and Wales"),
        ("16% of stop and searches",16,"percent","stop and searches (where ethnicity was known) involving Black children","2021 to 2022",None,"Youth Justice Board for England and Wales")])
