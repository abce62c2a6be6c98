from lib import *
T = """Justice and Safety

The week in review

December 15, 2017 by No Comments | Category Round-up

This week’s round-up includes some of the justice elements of the Scottish Government’s 2018-19 draft Budget announcement, a service to remember missing loved-ones and an international conference on policing hosted in Scotland.

Investing in Justice and safety

On Wednesday Cabinet Secretary for Finance & the Constitution Derek Mackay set out the Scottish Government’s draft budget for 2018-19.

Mr Mackay said the Government would ensure that both Police Scotland and the Scottish Fire & Rescue Service would retain the full benefit of having the ability to recover VAT – boosting their spending power by £35 million in the next year – on top of extra revenue funding.

The Finance Secretary said the budget would also secure “investment in key measures to make our communities safer, including tackling domestic abuse, reducing re-offending, protecting witnesses, and modernising the justice system”.

Justice Secretary Michael Matheson said: “The 2017-18 Programme for Government outlined our immediate legislative and policy priorities for achieving our ambition, underpinned by continued investment in modern, responsive justice agencies and other public services”.

  • Read Mr Matheson’s full comment from budget day here.

Click on the video or visit the budget section of the main Scottish Government website to find out more about the 2018-19 draft budget announcement.

 

Remembering missing loved ones at Christmas

Minister for Community Safety Annabelle Ewing attended the Missing People Carol Service at St Andrew’s & Saint George’s West Church, Edinburgh, this week, in support of those affected by missing a loved one.

The carol service was the second to be organised by the Missing People charity, which aims to support the families and friends of missing people in Scotland."""
doc("scotgov-justice-week-in-review-2017-12",
 "https://blogs.gov.scot/justice-safety/2017/12/15/the-week-in-review-30/ (Scottish Government Justice and Safety blog, 2017-12-15; the page's link and video lines kept as stored; stops before 'These services give people...')",
 T,
 [("Person","Derek Mackay","Cabinet Secretary for Finance & the Constitution Derek Mackay","Mr Mackay","The Finance Secretary"),
  ("Person","Michael Matheson","Justice Secretary Michael Matheson","Mr Matheson"),
  ("Person","Annabelle Ewing","Minister for Community Safety Annabelle Ewing"),
  ("Organisation","Scottish Government","the Government"),
  ("Organisation","Police Scotland"),
  ("Organisation","Scottish Fire & Rescue Service"),
  ("Organisation","Missing People","the Missing People charity"),
  ("Policy","Scottish Government draft budget for 2018-19","draft budget for 2018-19","2018-19 draft Budget","2018-19 draft budget","the budget"),
  ("Policy","ability to recover VAT"),
  ("Policy","2017-18 Programme for Government"),
  ("Place","Scotland"),("Place","St Andrew’s & Saint George’s West Church"),("Place","Edinburgh")],
 roles=[("Derek Mackay","Cabinet Secretary for Finance & the Constitution","Scottish Government"),
        ("Michael Matheson","Justice Secretary","Scottish Government"),
        ("Annabelle Ewing","Minister for Community Safety","Scottish Government")],
 said=[("Derek Mackay","the Government would ensure that both Police Scotland and",False),
       ("Derek Mackay","the budget would also secure “investment in key measures",False),
       ("Michael Matheson","The 2017-18 Programme for Government outlined our immediate legislative",True)],
 ann=[("Derek Mackay","Scottish Government draft budget for 2018-19"),
      ("Scottish Government","ability to recover VAT")],
 stats=[("£35 million",35000000,"GBP","boost to the spending power of Police Scotland and the Scottish Fire & Rescue Service from recovering VAT","the next year","Scotland","Derek Mackay")])
